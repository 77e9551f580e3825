package io.mediamon.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutboundTargetPolicyTest {
    private static final OutboundTargetPolicy STRICT = OutboundTargetPolicy.publicOnly();

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://127.0.0.1:8083/hook", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/", "http://169.254.169.254/latest/meta-data/", "http://0x7f000001/",
        "http://2130706433/", "http://017700000001/", "http://0177.0.0.1/", "http://127.1/", "http://0/",
        "http://0.0.0.0/", "http://[::]/", "http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/",
        "http://192.168.1.1/", "http://100.64.0.1/", "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd12::1]/",
        "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://224.0.0.1/",
        "http://[ff02::1]/", "http://255.255.255.255/", "http://localhost/", "ftp://example.com/",
        "file:///etc/passwd", "http://user@127.0.0.1/", "http://[fe80::1%25eth0]/"})
    void shouldRefuseLoopbackPrivateLinkLocalAndEncodedTargets(String url) {
        assertThatThrownBy(() -> STRICT.check(URI.create(url))).isInstanceOf(BlockedTargetException.class);
    }

    @Test
    void shouldAllowPublicAddressesAndNames() throws Exception {
        assertThat(STRICT.check(URI.create("https://93.184.216.34/x")).address().getHostAddress())
                .isEqualTo("93.184.216.34");
        assertThat(STRICT.check(URI.create("http://[2606:4700::1111]:8080/")).port()).isEqualTo(8080);
        OutboundTargetPolicy dns = STRICT.withResolver(host -> new InetAddress[] {
            InetAddress.getByName("93.184.216.34")});
        CheckedTarget target = dns.check(URI.create("https://hooks.example.com/services/T/B/secret"));
        assertThat(target.host()).isEqualTo("hooks.example.com");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.address().getHostAddress()).isEqualTo("93.184.216.34");
    }

    @Test
    void shouldRefuseANameWithOnePrivateAnswerAmongPublicOnes() throws UnknownHostException {
        InetAddress[] answers = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
        OutboundTargetPolicy dns = STRICT.withResolver(host -> answers);
        assertThatThrownBy(() -> dns.check(URI.create("https://rebind.example.com/")))
                .isInstanceOf(BlockedTargetException.class).hasMessageContaining("10.0.0.7");
    }

    @Test
    void shouldOpenPrivateTargetsWhenAllowedButNeverEncodedOrUnspecifiedOnes() throws Exception {
        OutboundTargetPolicy open = OutboundTargetPolicy.allowingPrivate();
        assertThat(open.check(URI.create("http://127.0.0.1:9000/")).port()).isEqualTo(9000);
        assertThat(open.check(URI.create("http://192.168.1.1/")).address().getHostAddress())
                .isEqualTo("192.168.1.1");
        for (String url : new String[] {"http://0x7f000001/", "http://2130706433/", "http://0.0.0.0/",
            "http://224.0.0.1/", "http://[::ffff:127.0.0.1]/"}) {
            assertThatThrownBy(() -> open.check(URI.create(url))).as(url).isInstanceOf(BlockedTargetException.class);
        }
    }

    @Test
    void shouldLetExactlyOneEndpointThroughWhenAllowed() throws Exception {
        OutboundTargetPolicy one = STRICT.allowingEndpoint(
                new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), 4567));
        assertThat(one.check(URI.create("http://127.0.0.1:4567/hook")).port()).isEqualTo(4567);
        assertThatThrownBy(() -> one.check(URI.create("http://127.0.0.1:4568/")))
                .isInstanceOf(BlockedTargetException.class);
        assertThatThrownBy(() -> one.check(URI.create("http://[::1]:4567/")))
                .isInstanceOf(BlockedTargetException.class);
        assertThatThrownBy(() -> one.check(URI.create("http://[::ffff:127.0.0.1]:4567/")))
                .isInstanceOf(BlockedTargetException.class);
    }

    @Test
    void shouldReadTheSwitchFromSettings() {
        assertThat(OutboundTargetPolicy.from(io.mediamon.common.config.Settings.from(
                java.util.Map.of("MEDIAMON_ALLOW_PRIVATE_TARGETS", "true"))).allowsPrivate()).isTrue();
        assertThat(OutboundTargetPolicy.from(io.mediamon.common.config.Settings.from(java.util.Map.of()))
                .allowsPrivate()).isFalse();
    }
}
