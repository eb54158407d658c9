package dk.coi.portal.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * The theme (stylesheet and fonts) under an address that names its content, {@code /assets/<hash>/themes/…},
 * so server-rendered pages let browsers keep it for a year without asking again ({@code immutable}): a new
 * theme is a new address. Vaadin keeps loading it from its plain address, cached for an hour. Server-rendered
 * pages need no Lumo: the theme sets every Lumo property they use (234 KB less on a first visit).
 */
@Component
class ReadingAssets implements WebMvcConfigurer {

    private static final String FILES = "classpath:/META-INF/resources/";
    private static final String THEMES = FILES + "themes/";
    /** Libraries from WebJars, whose addresses name their version: a new version is a new address. */
    private static final String LIBRARIES = "/assets/webjars/";
    private final String prefix;

    ReadingAssets() {
        prefix = "/assets/" + hashOf(THEMES);
    }

    /** The address of a theme file such as {@code themes/portal/styles.css} that may be cached for good. */
    String of(String file) {
        return prefix + "/" + file;
    }

    /** The address of a library file in a WebJar, e.g. {@code uplot/1.6.30/dist/uPlot.iife.min.js}. */
    static String library(String file) {
        return LIBRARIES + file;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(LIBRARIES + "**").addResourceLocations(FILES + "webjars/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        registry.addResourceHandler(prefix + "/themes/**").addResourceLocations(THEMES)
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        // A page made before the theme changed (held by a shared cache, or from a node not yet updated) names the
        // old hash: it gets today's files, kept no longer than it takes to ask again.
        registry.addResourceHandler("/assets/*/themes/**").addResourceLocations(FILES)
                .setCacheControl(CacheControl.noCache()).resourceChain(false).addResolver(new PathResourceResolver() {
                    // Asked for "<hash>/themes/…": the file is "themes/…".
                    @Override
                    protected Resource getResource(String path, Resource location) throws IOException {
                        return super.getResource(path.substring(path.indexOf('/') + 1), location);
                    }
                });
    }

    /** A short hash over the files' names and bytes, in a fixed order. */
    private static String hashOf(String location) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hash(digest, new PathMatchingResourcePatternResolver().getResources(location + "**/*.*"));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void hash(MessageDigest digest, Resource[] files) throws IOException {
        Arrays.sort(files, Comparator.comparing(file -> String.valueOf(file.getDescription())));
        for (Resource file : files) {
            if (file.isReadable()) {
                digest.update(String.valueOf(file.getFilename()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream bytes = file.getInputStream()) {
                    digest.update(bytes.readAllBytes());
                }
            }
        }
    }
}
