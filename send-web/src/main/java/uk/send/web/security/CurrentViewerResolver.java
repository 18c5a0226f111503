package uk.send.web.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Viewer;

/**
 * Gives a controller method the signed-in {@link Viewer} with their scope as it stands now in the
 * database: a change of footprints or a disabled account takes effect on the next request.
 */
@Component
class CurrentViewerResolver implements HandlerMethodArgumentResolver {

    private final AccountService accounts;

    CurrentViewerResolver(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Viewer.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SendUser user)) {
            throw new AccessDeniedException("Not signed in");
        }
        return accounts.viewer(user.userId())
                .filter(v -> v.role() == user.role())
                .orElseThrow(() -> new AccessDeniedException("Account disabled or changed"));
    }
}
