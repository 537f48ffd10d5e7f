package org.clawmanager.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

class AccessFilterTest {

    @RolesAllowed("admin")
    static class AdminResource {
        public void list() {
        }

        @RolesAllowed({"admin", "user"})
        public void mine() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }
    }

    static class Undeclared {
        public void anything() {
        }
    }

    private static AccessFilter.Access access(Class<?> type, String method) throws Exception {
        return AccessFilter.Access.of(type.getMethod(method), type);
    }

    @Test
    void theMethodDeclarationWinsOverTheClass() throws Exception {
        assertThat(access(AdminResource.class, "list").roles()).containsExactly("admin");
        assertThat(access(AdminResource.class, "mine").roles()).containsExactlyInAnyOrder("admin", "user");
        assertThat(access(AdminResource.class, "open").permitAll()).isTrue();
        assertThat(access(AdminResource.class, "closed").roles()).isEmpty();
    }

    @Test
    void undeclaredMethodsAreDenied() throws Exception {
        AccessFilter.Access a = access(Undeclared.class, "anything");
        assertThat(a.permitAll()).isFalse();
        assertThat(a.roles()).isNull();
    }
}
