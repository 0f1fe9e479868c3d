package dev.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.index.ArticleIndex;
import dev.marsad.ingest.ServiceStatus;
import dev.marsad.media.ImageStore;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Marsad's HTTP server: the right-to-left reader site, the JSON API under /api, the RSS feed, the
 * sitemap and a health check, all read from one {@link ArticleIndex}.
 *
 * <pre>
 * GET /  /article/{id}  /story/{id}  /tag/{key}  /tags  /section/{name}  /publisher/{name}  /search?q=&amp;…
 * GET, POST /settings   the reader's zone and calendar (cookies)
 * GET /api/articles  /api/articles/{id}  /api/stories  /api/stories/{id}  /api/tags  /api/tags/{key}  /api/search
 * GET /api/openapi.json
 * GET /feed.xml|.atom|.json, and {listing}/feed.xml|.atom|.json for tag, section, publisher and search
 * GET /sitemap.xml  /robots.txt  /health  /static/marsad.css  /static/fonts/{Noto face}.ttf  /favicon.ico
 * GET /img/{hash}-{width}.{jpg|png}
 * </pre>
 *
 * <p>Errors have one shape, mapped in one place ({@link ErrorResponses}): JSON {@code
 * {"status","error","detail"}} under /api, an Arabic page elsewhere; 400 names the bad parameter.
 * The server reads the index only; it never writes to it and never closes it.
 */
public final class WebServer implements AutoCloseable {

    /** The one style sheet, served from the classpath. */
    static final String CSS_PATH = "/static/marsad.css";

    /**
     * The longest URL (path and query) the site answers; a longer one is a 414. Browsers and
     * proxies commonly stop at 8 KB, and no page of the site needs more.
     */
    static final int MAX_URL_CHARS = 8 * 1024;

    /** What Jetty reads of a request's line and headers; past it, Jetty itself answers (JettyErrors). */
    static final int REQUEST_HEADER_BYTES = 32 * 1024;

    /** The site's icon, where browsers look for it. */
    static final String FAVICON_PATH = "/favicon.ico";

    /** The style sheet changes only with a new build. */
    static final String CSS_CACHE = "public, max-age=86400";

    /**
     * Defence in depth behind the escaping templates: the pages load no script, no frame and
     * nothing from elsewhere, pictures included (Marsad serves its own copies from /img/); forms
     * submit only to the site.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
                    + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final URI baseUri;

    private WebServer(Javalin app, URI baseUri) {
        this.app = app;
        this.baseUri = baseUri;
    }

    /**
     * Starts serving {@code index} on {@code bind} (port 0 picks a free port).
     *
     * @throws IllegalStateException when the address cannot be bound (port in use, no such host),
     *     with the address in the message
     */
    public static WebServer start(ArticleIndex index, InetSocketAddress bind, WebConfig config) {
        return start(index, bind, config, Optional::empty);
    }

    /**
     * Starts serving as {@link #start(ArticleIndex, InetSocketAddress, WebConfig)} does, for a running
     * service whose {@code status} {@code /health} reports (sources due, pages per second, errors by
     * host, what was stored).
     */
    public static WebServer start(
            ArticleIndex index, InetSocketAddress bind, WebConfig config, Supplier<Optional<ServiceStatus>> status) {
        return start(index, bind, config, status, Optional.empty());
    }

    /**
     * Starts serving as {@link #start(ArticleIndex, InetSocketAddress, WebConfig, Supplier)} does,
     * showing the pictures of {@code images} (the data folder's picture cache, filled at ingest) and
     * serving them from {@code /img/}; without one no page shows a picture.
     */
    public static WebServer start(
            ArticleIndex index,
            InetSocketAddress bind,
            WebConfig config,
            Supplier<Optional<ServiceStatus>> status,
            Optional<ImageStore> images) {
        return start(index, bind, config, status, images, SiteFonts.system());
    }

    /** Starts serving as the public overloads do, drawing with {@code fonts} (tests pass other folders). */
    static WebServer start(
            ArticleIndex index,
            InetSocketAddress bind,
            WebConfig config,
            Supplier<Optional<ServiceStatus>> status,
            Optional<ImageStore> images,
            SiteFonts fonts) {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(config, "config");
        PageRenderer renderer = new PageRenderer();
        ObjectMapper json = ApiBodies.mapper();
        AtomicReference<URI> base = new AtomicReference<>();
        byte[] css = fonts.prepend(resource("marsad.css"));
        byte[] favicon = resource("favicon.ico");
        Clock clock = Clock.systemUTC();
        Function<String, String> absolute =
                path -> config.publicUri().orElseGet(base::get).resolve(path).toASCIIString();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            // ETags from the body: a reader's browser revalidates a page and gets 304 when unchanged
            cfg.http.generateEtags = true;
            // a path that exists answers another method with 405 (and Allow), not 404
            cfg.http.prefer405over404 = true;
            // URLs over 8 KB (414) and malformed requests get the site's error shape, not Jetty's page
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(renderer, json, config)));
            // Jetty reads request lines up to this, so that the site itself refuses URLs over
            // MAX_URL_CHARS in its own error shape (JSON under /api, Arabic elsewhere)
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
            RoutesConfig routes = cfg.routes;
            routes.before(WebServer::securityHeaders);
            routes.before(WebServer::refuseLongUrls);
            new AccessControl(config.limits()).register(routes);
            new ResponseCache(index, System::nanoTime).register(routes);
            routes.get(CSS_PATH, ctx -> css(ctx, css));
            routes.get(FAVICON_PATH, ctx -> favicon(ctx, favicon));
            fonts.register(routes);
            SearchGate gate = new SearchGate(config.limits());
            // every listing's RSS, Atom and JSON Feed; a page that lists articles adds its feeds with
            // feeds.register(routes, "/story/{id}", ctx -> new FeedListing(title, path, articles))
            Pictures pictures = new Pictures(images);
            pictures.register(routes);
            Feeds feeds = new Feeds(index, config, new FeedWriter(config, json, absolute, pictures), gate);
            feeds.registerListings(routes);
            new ReaderPages(index, config, renderer, gate, clock, pictures).register(routes);
            new SettingsPages(config, renderer, clock).register(routes);
            new ApiEndpoints(index, json, config, gate, pictures).register(routes);
            new FeedEndpoints(index, json, config, base::get, status).register(routes);
            new ErrorResponses(renderer, json, config).register(routes);
            answerHeadLikeGet(cfg.unsafe.internalRouter, routes); // last: after every GET route
        });
        String host = bind.getHostString();
        try {
            app.start(host, bind.getPort());
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException(
                    "cannot serve on " + host + ":" + bind.getPort() + ": " + e.getMessage(), e);
        }
        String authority = host.contains(":") ? "[" + host + "]" : host;
        URI uri = URI.create("http://" + authority + ":" + app.port() + "/");
        base.set(uri);
        return new WebServer(app, uri);
    }

    /** The address the server answers on, like {@code http://127.0.0.1:8080/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops serving; requests in flight are finished first. The index stays open. */
    @Override
    public void close() {
        app.stop();
    }

    /**
     * Registers every GET route for HEAD too: Javalin answers a HEAD of a GET route without running
     * it, as an empty text/plain 200 (issue 15: {@code HEAD /} said text/plain). Jetty leaves the
     * body out of a HEAD answer; the headers are the GET's.
     */
    private static void answerHeadLikeGet(InternalRouter router, RoutesConfig routes) {
        for (ParsedEndpoint parsed : List.copyOf(router.allHttpHandlers())) {
            Endpoint e = parsed.endpoint;
            if (e.method == HandlerType.GET && !router.hasHttpHandlerEntry(HandlerType.HEAD, e.path))
                routes.head(e.path, e.handler);
        }
    }

    private static void refuseLongUrls(Context ctx) {
        String query = ctx.queryString();
        int length = ctx.path().length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_URL_CHARS) throw RequestRejected.uriTooLong(length, MAX_URL_CHARS);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private static void favicon(Context ctx, byte[] icon) {
        ctx.header("Cache-Control", CSS_CACHE);
        ctx.contentType("image/x-icon").result(icon);
    }

    private static void css(Context ctx, byte[] css) {
        ctx.header("Cache-Control", CSS_CACHE);
        ctx.contentType("text/css; charset=utf-8").result(css);
    }

    /** A resource of this package in the jar; its absence is a build error, said as such. */
    static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource dev/marsad/web/" + name + " in the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/marsad/web/" + name, e);
        }
    }
}
