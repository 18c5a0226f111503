package uk.send.web.support;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take the signed-in {@code Viewer} as a parameter, and serves the static files from
 * exactly the paths they live under.
 *
 * <p>Why the static paths are listed rather than left to Boot's default {@code /**}: with
 * webjars-locator-lite on the classpath Boot enables the resource chain, and Thymeleaf's
 * {@code ResourceUrlEncodingFilter} then passes every link a page renders through
 * {@code ResourceUrlProvider}. Under {@code /**} every link ({@code /children/42}, {@code /caseworker?page=2})
 * matched the static handler, and each miss walked the resolver chain (the WebJars locator, then a classpath
 * lookup in four locations) uncached, since only hits are cached: about half the CPU of a page at demo scale.
 * With the handlers on their own prefixes, a page link matches none of them and costs one pattern check.
 * ({@code spring.web.resources.add-mappings=false} turns Boot's default handlers off.)
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The files are not content-versioned, so browsers keep them for a while and then revalidate (ETag). */
    private static final CacheControl STATIC = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final List<HandlerMethodArgumentResolver> resolvers;

    WebConfiguration(List<HandlerMethodArgumentResolver> resolvers) {
        this.resolvers = resolvers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> argumentResolvers) {
        argumentResolvers.addAll(resolvers);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String directory : List.of("css", "js", "assets")) {
            registry.addResourceHandler("/" + directory + "/**")
                    .addResourceLocations("classpath:/static/" + directory + "/")
                    .setCacheControl(STATIC)
                    .resourceChain(true);
        }
        // version-agnostic WebJar paths (/webjars/govuk-frontend/dist/...) are resolved by webjars-locator-lite,
        // which the resource chain adds when it is on the classpath; resolved paths are cached
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(STATIC)
                .resourceChain(true);
    }
}
