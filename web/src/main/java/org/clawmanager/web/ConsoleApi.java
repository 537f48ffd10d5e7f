package org.clawmanager.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The management API under /api; callers authenticate with the access tokens from /api/auth/login. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "clawmanager")
@DeclareRoles({"admin", "operator", "user"})
@OpenAPIDefinition(info = @Info(title = "ClawManager", version = "v1",
        description = "Management API (/api) and OpenAI-compatible AI gateway (/v1) of the ClawManager control plane"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ConsoleApi extends Application {
}
