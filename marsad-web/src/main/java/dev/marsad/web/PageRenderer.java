package dev.marsad.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the jte templates of src/main/jte. They are compiled with the rest of the code by the
 * jte-maven-plugin (package gg.jte.generated.precompiled), so a template error fails the build, not
 * a request, and every ${…} is HTML-escaped for its context.
 */
final class PageRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The template ("article.jte") rendered with its one parameter. */
    String render(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }
}
