package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Samples;
import org.junit.jupiter.api.Test;

class CertificationTest {
    @Test
    void ordersLevelsFromDeclaredToFranceConnect() {
        assertThat(CertificationLevel.DECLARED.isAtLeast(CertificationLevel.DECLARED))
                .isTrue();
        assertThat(CertificationLevel.DECLARED.isAtLeast(CertificationLevel.AGENT_VERIFIED))
                .isFalse();
        assertThat(CertificationLevel.AGENT_VERIFIED.isAtLeast(CertificationLevel.DECLARED))
                .isTrue();
        assertThat(CertificationLevel.AGENT_VERIFIED.isAtLeast(CertificationLevel.FRANCECONNECT))
                .isFalse();
        assertThat(CertificationLevel.FRANCECONNECT.isAtLeast(CertificationLevel.AGENT_VERIFIED))
                .isTrue();
    }

    @Test
    void writesTheSourceOfEachFactory() {
        assertThat(Certification.declared(Samples.NOW))
                .isEqualTo(new Certification(CertificationLevel.DECLARED, "usager", Samples.NOW));
        assertThat(Certification.franceConnect(Samples.NOW))
                .isEqualTo(new Certification(CertificationLevel.FRANCECONNECT, "franceconnect", Samples.NOW));
        Certification agent = Certification.agentVerified(" agent-42 ", "CNI", Samples.NOW);
        assertThat(agent.level()).isEqualTo(CertificationLevel.AGENT_VERIFIED);
        assertThat(agent.source()).isEqualTo("agent:agent-42:CNI");
        assertThat(agent.isAtLeast(CertificationLevel.AGENT_VERIFIED)).isTrue();
        assertThat(agent.isAtLeast(CertificationLevel.FRANCECONNECT)).isFalse();
    }

    @Test
    void rejectsAColonInTheAgentOrTheDocument() {
        assertThatThrownBy(() -> Certification.agentVerified("a:b", "CNI", Samples.NOW))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageContaining("certification.agentId");
        assertThatThrownBy(() -> Certification.agentVerified("a", "CNI:recto", Samples.NOW))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageContaining("certification.documentKind");
    }

    @Test
    void rejectsABlankSource() {
        assertThatThrownBy(() -> new Certification(CertificationLevel.DECLARED, "  ", Samples.NOW))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("certification.source: must not be blank");
        assertThatThrownBy(() -> Certification.agentVerified("", "CNI", Samples.NOW))
                .isInstanceOf(InvalidUsagerException.class);
    }
}
