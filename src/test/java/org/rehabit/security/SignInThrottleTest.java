package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in is paused after too many wrong passwords, through the real filter chain. Each test signs in from an
 * address of its own (documentation addresses), so the address limit of one never touches another.
 */
@IntegrationTest
class SignInThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    TestData data;
    MockMvc mvc;
    String address;
    TestAccount therapist;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        address = "198.51.100." + ADDRESSES.getAndIncrement();
        therapist = data.therapist();
    }

    @Test
    void six_wrong_passwords_then_the_right_one_is_refused_and_signs_in_once_the_pause_is_over() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(therapist.username(), "wrong-password-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn(therapist.username(), "wrong-password-5").andExpect(redirectedUrl("/login?wait=1"));
        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/login?wait=1"));

        pastTheFailures(2);

        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void the_e_mail_address_counts_as_the_same_account() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(i % 2 == 0 ? therapist.username() : therapist.email(), "wrong")
                    .andExpect(redirectedUrl("/login?error"));
        }
        signIn(therapist.email(), TestData.PASSWORD).andExpect(redirectedUrl("/login?wait=1"));
    }

    @Test
    void a_name_no_account_has_gets_exactly_the_same_answers() throws Exception {
        var nobody = "nobody-" + address;
        for (int i = 0; i < 5; i++) {
            signIn(nobody, "wrong").andExpect(redirectedUrl("/login?error"));
        }
        signIn(nobody, "wrong").andExpect(redirectedUrl("/login?wait=1"));
    }

    @Test
    void a_successful_sign_in_forgets_the_accounts_failures() throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn(therapist.username(), "wrong").andExpect(redirectedUrl("/login?error"));
        }
        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            signIn(therapist.username(), "wrong").andExpect(redirectedUrl("/login?error"));
        }
        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void one_address_trying_many_names_is_paused_too() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("guess-" + i + "-" + address, "wrong").andExpect(redirectedUrl("/login?error"));
        }
        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/login?wait=1"));
    }

    @Test
    void the_addresses_of_one_ipv6_network_count_as_one() throws Exception {
        var network = "2001:db8:" + Integer.toHexString(ADDRESSES.getAndIncrement()) + ":7:";
        for (int i = 0; i < 20; i++) {
            address = network + Integer.toHexString(i) + "::1";
            signIn("guess-" + i + "-" + address, "wrong").andExpect(redirectedUrl("/login?error"));
        }
        address = network + "ffff:1:2:3";
        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/login?wait=1"));
    }

    @Test
    void an_admin_lets_a_paused_account_sign_in_again() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(therapist.username(), "wrong").andExpect(redirectedUrl("/login?error"));
        }
        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/login?wait=1"));

        data.as(data.admin(), () -> {
            accounts.allowSignIn(therapist.id());
            return null;
        });

        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void an_address_that_is_no_address_still_leaves_the_account_paused() throws Exception {
        address = "203.0.113.7, " + "x".repeat(3000);
        for (int i = 0; i < 5; i++) {
            signIn(therapist.username(), "wrong").andExpect(redirectedUrl("/login?error"));
        }
        signIn(therapist.username(), TestData.PASSWORD).andExpect(redirectedUrl("/login?wait=1"));
    }

    @Test
    void attempts_sent_all_at_once_are_counted_one_after_the_other() throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(12)) {
            var admissions = IntStream.range(0, 12).mapToObj(i -> pool.submit(() -> {
                start.await();
                return throttle.admit(therapist.username(), address);
            })).toList();
            start.countDown();
            var admitted = 0;
            for (var admission : admissions) {
                admitted += admission.get().refusedFor().isEmpty() ? 1 : 0;
            }
            assertThat(admitted).as("the account's limit, not the number sent").isEqualTo(5);
        }
    }

    private ResultActions signIn(String name, String password) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** As if the failures had happened {@code minutes} earlier: no sleeping in tests. */
    private void pastTheFailures(int minutes) {
        jdbc.update("update sign_in_failure set failed_at = failed_at - make_interval(mins => ?) "
                + "where subject in (?, ?)", minutes, "account:" + therapist.id(), "address:" + address);
    }
}
