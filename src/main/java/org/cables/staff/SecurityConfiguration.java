package org.cables.staff;

import java.util.List;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.cables.system.SharedSecrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may open what. The exhibit itself is open to everyone without signing in; the staff
 * pages (classes for teachers, {@code /admin} for admins) need an account. Views say who may
 * open them with {@code @AnonymousAllowed} or {@code @RolesAllowed}; the addresses below are
 * the plain HTTP ones outside Vaadin's router, and the staff areas once more by path, so that
 * an anonymous request for them is redirected to the sign-in page before any view is built.
 * The sign-in form's post needs the CSRF token of the page it came from (Vaadin's own requests
 * carry Vaadin's token instead), and passes {@link SignInThrottle} before any password is checked.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN = "login";

    /** The name of the shared secret that signs the staff sign-in cookie. */
    static final String SIGN_IN_KEY = "staff-sign-in";

    /** The printed packets of the tours (org.cables.packet): the students' packets, and the teachers' keys. */
    static final String PACKETS = "/packets/tours/*.pdf";
    static final String PACKET_KEYS = "/packets/tours/*-key.pdf";

    /**
     * What a page of the exhibit may load and run: only its own files, no other site, no frames,
     * no plugins. Vaadin needs the rest, as measured in Chromium on every route: the first view
     * arrives in inline scripts, Flow runs the server's JavaScript calls with {@code eval}, and
     * the components set inline styles; fonts and the QR codes are {@code data:} addresses.
     * {@code ExhibitPagesIT} fails on any violation.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Powerful browser features the exhibit never uses, switched off for its pages and anything in them. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()",
            "payment=()", "usb=()");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInGuard guard,
                                            SignInOnEveryNode signIn) throws Exception {
        http.rememberMe(remember -> remember.rememberMeServices(signIn).key(signIn.getKey()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SignInThrottle(guard), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/admin/statistics.csv", "/admin", "/admin/**").hasRole(StaffRole.ADMIN.name())
                .requestMatchers("/teach", "/teach/**").hasAnyRole(StaffRole.TEACHER.name(), StaffRole.ADMIN.name())
                // A tour's teacher's key is for staff; its students' packet is for everyone.
                .requestMatchers(PACKET_KEYS).hasAnyRole(StaffRole.TEACHER.name(), StaffRole.ADMIN.name())
                // A teacher's own document set prints for that teacher alone (the controller checks whose it is).
                .requestMatchers("/packets/sets/**").hasAnyRole(StaffRole.TEACHER.name(), StaffRole.ADMIN.name())
                .requestMatchers("/kiosk/**", "/citation/**", "/map-data/**", PACKETS, "/actuator/health", "/actuator/health/**",
                        "/icons/**", "/styles/**", "/error").permitAll()
                // Other actuator endpoints, when switched on (for a benchmark), answer only on the machine itself.
                .requestMatchers("/actuator/**").access((authentication, context) ->
                        new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()))));
        // A packet is a file, not a page: a request for a key without signing in is answered 401, not sent to the sign-in page.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PathPatternRequestMatcher.withDefaults().matcher("/packets/**")));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Addresses within the exhibit are sent as the referrer; no other site learns which page linked to it.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Over HTTPS the browser is told to keep to it; the exhibit does not decide for the site's other hosts.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class)
                        // Vaadin would leave the sign-in post without CSRF protection; it is set above instead.
                        .enableCsrfConfiguration(false)
                        .defaultSuccessUrl("/teach")
                        // Everything else is a route of the exhibit (open to all) or an unknown
                        // address (a real 404); views are still checked by their annotations.
                        .anyRequest(any -> any.permitAll()))
                .build();
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && address.matches("[0-9a-fA-F:.%]+") && java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * A sign-in any node recognises, so that losing a node does not sign a teacher out mid-lesson.
     * Also a {@code LogoutHandler}, so that what must sign a browser out without the sign-out button
     * (a browser made a kiosk) removes it too.
     */
    @Bean
    SignInOnEveryNode signInOnEveryNode(StaffAccounts accounts, SharedSecrets secrets) {
        return new SignInOnEveryNode(secrets.secret(SIGN_IN_KEY), accounts);
    }

    /**
     * Vaadin's check of who may open a page, reading the roles from the request ({@link RolesFromTheRequest},
     * decision 55), with Vaadin's check of the pages' annotations answered sooner when it lets the
     * visitor in ({@link LayoutsKnownViewAccessChecker}, decision 64); primary over the
     * auto-configured one, which stays unused and switched off.
     */
    @Bean
    @Primary
    NavigationAccessControl exhibitNavigationAccessControl(List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer, AccessAnnotationChecker annotations) {
        return configurer.build((chosen, resolver) -> new RolesFromTheRequest(chosen.stream()
                .map(checker -> checker.getClass() == AnnotatedViewAccessChecker.class
                        ? new LayoutsKnownViewAccessChecker((AnnotatedViewAccessChecker) checker, annotations)
                        : checker)
                .toList(), resolver), checkers);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
