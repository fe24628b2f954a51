package org.rehabit.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the address limit counts against. */
class SignInNetworkTest {

    @Test
    void ipv4_as_it_is_ipv6_by_its_64_bit_network_and_anything_else_as_unknown() {
        assertThat(SignInThrottle.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SignInThrottle.network("2001:DB8::1")).isEqualTo("2001:db8:0:0::/64");
        assertThat(SignInThrottle.network("2001:db8:0:0:ffff:1:2:3")).isEqualTo("2001:db8:0:0::/64");
        assertThat(SignInThrottle.network("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(SignInThrottle.network("de:ad:be:ef")).isEqualTo("unknown");
        assertThat(SignInThrottle.network("example.org")).isEqualTo("unknown");
        assertThat(SignInThrottle.network(null)).isEqualTo("unknown");
    }
}
