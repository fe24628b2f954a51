package org.rehabit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rehabit.security.service.SignInThrottle;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, before any password is checked, while its account or address is held back by the
 * {@link SignInThrottle}: the right password does not sign in then either. The sign-in page says to wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
            LOGIN);

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var login = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        var admission = throttle.admit(login, request.getRemoteAddr());
        if (admission.refusedFor().isPresent()) {
            var minutes = Math.max(1, (admission.refusedFor().get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + LOGIN + "?wait=" + minutes);
            return;
        }
        request.setAttribute(SignInThrottle.ATTEMPTS, admission.attempts());
        chain.doFilter(request, response);
    }
}
