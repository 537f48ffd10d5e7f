package org.clawmanager.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsInInputAreLiteral() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v VARCHAR(40))");
            s.execute("INSERT INTO t VALUES ('user_x'), ('userAx'), ('50%off'), ('50 off'), ('a!b'), ('ab')");
            assertThat(match(c, Like.prefix("user_"))).containsExactly("user_x");
            assertThat(match(c, Like.contains("%"))).containsExactly("50%off");
            assertThat(match(c, Like.contains("!"))).containsExactly("a!b");
            assertThat(match(c, Like.prefix(""))).hasSize(6);
        }
    }

    private static List<String> match(Connection c, String pattern) throws Exception {
        try (PreparedStatement p = c.prepareStatement("SELECT v FROM t WHERE v LIKE ? ESCAPE '!' ORDER BY v")) {
            p.setString(1, pattern);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
