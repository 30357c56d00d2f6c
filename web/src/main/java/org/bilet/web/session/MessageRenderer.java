package org.bilet.web.session;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code h:outputFormat} through {@link Texts#format}, so that the pages' counts follow the
 * language's plural rules like the views' messages do (the standard renderer knows only the JDK's
 * format, which has no plurals). Writes what the standard one writes: the text, escaped unless
 * {@code escape="false"}, in a span when the component has an id of its own, a class, a style or a title.
 */
public class MessageRenderer extends Renderer {

    private static final String[] PASSED_THROUGH = {"style", "title", "lang", "dir"};

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // The parameters are arguments, not output.
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        var pattern = Objects.toString(((ValueHolder) component).getValue(), "");
        var arguments = component.getChildren().stream()
                .filter(child -> child instanceof UIParameter parameter && !parameter.isDisable())
                .map(child -> ((UIParameter) child).getValue()).toArray();
        var text = arguments.length == 0 ? pattern : Texts.format(pattern, context.getViewRoot().getLocale(), arguments);
        var attributes = component.getAttributes();
        var styleClass = (String) attributes.get("styleClass");
        var ownId = component.getId() != null && !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
        var span = ownId || styleClass != null || hasAny(component, PASSED_THROUGH);
        var writer = context.getResponseWriter();
        if (span) {
            writer.startElement("span", component);
            if (ownId) {
                writer.writeAttribute("id", component.getClientId(context), "id");
            }
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, "styleClass");
            }
            for (var name : PASSED_THROUGH) {
                var value = attributes.get(name);
                if (value != null) {
                    writer.writeAttribute(name, value, name);
                }
            }
        }
        if (Boolean.FALSE.equals(attributes.get("escape")) || "false".equals(attributes.get("escape"))) {
            writer.write(text);
        } else {
            writer.writeText(text, component, "value");
        }
        if (span) {
            writer.endElement("span");
        }
    }

    private static boolean hasAny(UIComponent component, String[] names) {
        for (var name : names) {
            if (component.getAttributes().get(name) != null) {
                return true;
            }
        }
        return false;
    }
}
