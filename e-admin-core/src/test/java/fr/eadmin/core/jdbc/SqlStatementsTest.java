package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {
    @Test
    void splitsAtTheSemicolonsThatEndStatements() {
        assertThat(SqlStatements.split("CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n"))
                .containsExactly("CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)");
    }

    @Test
    void keepsALastStatementWithoutSemicolon() {
        assertThat(SqlStatements.split("SELECT 1;\nSELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInQuotedTextAndIdentifiers() {
        assertThat(SqlStatements.split("INSERT INTO t VALUES ('a;b', 'it''s; fine');\nSELECT \"odd;name\" FROM t;"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT \"odd;name\" FROM t");
    }

    @Test
    void dropsCommentsIncludingTheirSemicolons() {
        assertThat(SqlStatements.split("-- first; comment\nSELECT 1 /* inline; comment */ + 1;\n-- trailing;"))
                .containsExactly("SELECT 1   + 1");
    }

    @Test
    void keepsCommentMarkersInsideQuotedText() {
        assertThat(SqlStatements.split("SELECT '-- not a comment', '/* nor this */';"))
                .containsExactly("SELECT '-- not a comment', '/* nor this */'");
    }

    @Test
    void findsNoStatementInBlankOrCommentOnlyScripts() {
        assertThat(SqlStatements.split("")).isEmpty();
        assertThat(SqlStatements.split("  ;\n ; -- nothing\n/* at all */")).isEmpty();
    }

    @Test
    void refusesUnterminatedQuotesAndComments() {
        assertThatThrownBy(() -> SqlStatements.split("SELECT 'open;"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> SqlStatements.split("SELECT 1 /* open"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
    }
}
