package org.clawmanager.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Captured prompt and answer of a request (only when content capture is on; redacted; purged after retention). */
@Entity
@Table(name = "gw_record_content")
public class RecordContent {

    @Id
    @Column(name = "trace_id")
    public String traceId;
    @Column(name = "captured_at")
    public Instant capturedAt;
    @Column(name = "request_text")
    public String requestText;
    @Column(name = "response_text")
    public String responseText;
}
