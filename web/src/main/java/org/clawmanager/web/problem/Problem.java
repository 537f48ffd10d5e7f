package org.clawmanager.web.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9457 problem details. {@code type} is a URI from the registry in docs/api-errors.md, {@code code} the same
 * identifier without the URI, {@code instance} names this occurrence (also in the server log). Extension members
 * (such as {@code errors} for invalid fields, or the quota that was exceeded) sit at the top level.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://clawmanager.dev/problems/";

    private Problem() {
    }

    public static Map<String, Object> of(int status, String code, String title, String detail, String requestId,
                                         Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + code);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", "urn:clawmanager:request:" + requestId);
        body.put("code", code);
        if (extensions != null) {
            extensions.forEach(body::putIfAbsent);
        }
        return body;
    }
}
