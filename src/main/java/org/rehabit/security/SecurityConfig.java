package org.rehabit.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.rehabit.base.ui.IdleWatch;
import org.rehabit.security.service.AccountSessions;
import org.rehabit.security.service.SignInThrottle;
import org.rehabit.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * Everything from this server only, nothing framed, no plugins. Vaadin's client engine starts from an inline
     * script and runs the expressions the server sends as functions, so scripts need 'unsafe-inline' and
     * 'unsafe-eval', and its components set inline styles.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The browser features the portal never uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            SignInThrottle throttle, VaadinDefaultRequestCache requestCache, RequestUtil requestUtil, Clock clock,
            CurrentUser currentUser, AccountSessions accountSessions,
            SecurityContextRepository securityContextRepository,
            @Value("${rehabit.session.max-lifetime:12h}") Duration sessionLifetime) throws Exception {
        // After signing in, a user lands on the page they asked for, never on a file (robots.txt, an icon) that a
        // browser or a crawler happened to fetch first.
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        requestCache.ignoreRequests(RegexRequestMatcher.regexMatcher(".*/[^/]*\\.[^/]*"));
        return http
                // Vaadin would exempt the sign-in form from CSRF protection; the form sends the token instead
                // (LoginCsrfToken), so only Vaadin's own requests, protected by Vaadin's token, are exempt.
                .csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.enableCsrfConfiguration(false)
                        .loginView(LoginView.class)
                        // signed out for idleness: the sign-in page says so
                        .logoutSuccessHandler(logoutSuccess())
                        .addLogoutHandler((request, response, authentication) -> accountSessions.signedOut(request))
                        // Unknown addresses reach Vaadin's friendly "not found" page instead of a bare 403;
                        // every view still checks its own @RolesAllowed.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/icons/**", "/robots.txt")
                        .permitAll())
                // the right password of an account with two-step sign-in is not kept as a sign-in
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                // Sessions are registered so that deactivating an account or resetting its password ends them.
                .sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(new EndedSessionResponse()))
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLimitsFilter(clock, sessionLifetime, currentUser, accountSessions),
                        SecurityContextHolderFilter.class)
                // a sign-in page left open until its token expired asks to sign in again instead of a bare 403
                .exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                        (request, response, denied) -> response
                                .sendRedirect(request.getContextPath() + "/login?expired"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"))
                        // the page drawn in the browser asks for its data: not signed in is a 401 and refused (a
                        // missing CSRF token too) a 403, never the sign-in page
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), api))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // activation links carry their token in the address: it never leaves in a Referer
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // sent on HTTPS only (behind the proxy: with its forwarded headers trusted)
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .build();
    }

    /** After signing out, the sign-in page; it says why when the sign-out was for idleness. */
    private static SimpleUrlLogoutSuccessHandler logoutSuccess() {
        var handler = new SimpleUrlLogoutSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                return request.getAttribute(IdleWatch.SIGNED_OUT_IDLE) != null ? "/login?idle"
                        : super.determineTargetUrl(request, response);
            }
        };
        // signing out happens in a Vaadin request: the browser is sent on by the UI, not by an HTTP redirect
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new SecondStepContextRepository();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry about sessions that time out or end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Stores bcrypt hashes with an {id} prefix, so the algorithm can be upgraded later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
