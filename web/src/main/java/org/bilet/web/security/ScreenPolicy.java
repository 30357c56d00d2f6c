package org.bilet.web.security;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * Gives PrimeFaces the screens' policy ({@code primefaces.CSP_POLICY}, see
 * {@link ContentSecurityPolicy#SCREENS}) before Faces starts; {@code primefaces.CSP} in
 * {@code web.xml} switches the nonces on.
 */
public class ScreenPolicy implements ServletContainerInitializer {

    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.setInitParameter(POLICY_PARAMETER, ContentSecurityPolicy.SCREENS);
    }
}
