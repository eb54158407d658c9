package dk.coi.portal.opendata.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.opendata.ApiDocumentation;
import dk.coi.portal.opendata.OpenDataDocumentation;
import dk.coi.portal.opendata.OpenDataSection;
import dk.coi.portal.opendata.OpenDataset;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.web.OpenDataAddresses;
import java.util.List;

/**
 * The page about the open data for signed-in people (readers who are not signed in get {@code opendata/page.jte} at
 * the same address, with the same ids and words, from the same service calls): the dataset, its licence and credit
 * line, how often it changes, the downloads, and the API as its OpenAPI document describes it.
 */
@Route(OpenDataAddresses.PAGE)
@AnonymousAllowed
class OpenDataView extends Div implements TranslatedPageTitle {

    OpenDataView(OpenDataDocumentation documentation) {
        OpenDataset dataset = documentation.dataset();
        ApiDocumentation api = documentation.api(getLocale());
        Paragraph intro = new Paragraph(getTranslation("opendata.intro"));
        intro.setId("opendata-intro");
        add(new H1(getTranslation(titleKey())), intro, tableOfContents(api), dataset(), licence(), changes(dataset),
                downloads(), api(api));
        if (api.sections().contains(OpenDataSection.CODES)) {
            add(codeLists(api));
        }
    }

    /** The page's parts and the API's operations at its top: the page is long (each operation's tables). */
    private Component tableOfContents(ApiDocumentation api) {
        OrderedList parts = new OrderedList();
        for (OpenDataSection part : api.sections()) {
            ListItem item = new ListItem(jump(part.id(), new Text(getTranslation(part.headingKey()))));
            if (part == OpenDataSection.API && !api.operations().isEmpty()) {
                item.add(operations(api));
            }
            parts.add(item);
        }
        H2 heading = new H2(getTranslation("toc.label"));
        heading.setId("opendata-toc-heading");
        heading.addClassName("portal-toc-title");
        Nav nav = new Nav(heading, parts);
        nav.setId(OpenDataSection.TABLE_OF_CONTENTS);
        nav.addClassName("portal-toc");
        nav.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return nav;
    }

    private UnorderedList operations(ApiDocumentation api) {
        UnorderedList index = new UnorderedList();
        index.setId("opendata-operations");
        api.operations().forEach(operation -> {
            Anchor link = jump(operation.anchor());
            link.getElement().appendChild(code(operation.method() + " " + operation.path()));
            ListItem item = new ListItem(link);
            if (operation.summary() != null) {
                item.add(new Text(" – " + operation.summary()));
            }
            index.add(item);
        });
        return index;
    }

    /** A link to a part of this page, which the browser follows itself (the router would load the page again). */
    private static Anchor jump(String id, Component... content) {
        Anchor link = new Anchor("/" + OpenDataAddresses.PAGE + "#" + id, content);
        link.setRouterIgnore(true);
        return link;
    }

    private Section dataset() {
        return section(OpenDataSection.DATASET,
                new UnorderedList(new ListItem(getTranslation("opendata.contents.cases")),
                        new ListItem(getTranslation("opendata.contents.adoptions")),
                        new ListItem(getTranslation("opendata.contents.organisations"))),
                new Paragraph(getTranslation("opendata.contents.personal")));
    }

    private Section licence() {
        Anchor link = new Anchor(getTranslation("opendata.licence.address"), getTranslation("opendata.licence.link"));
        link.setId("opendata-licence-link");
        link.getElement().setAttribute("rel", "license");
        Element quote = new Element("blockquote").setAttribute("id", "opendata-attribution");
        quote.appendChild(new Element("p").setText(getTranslation("opendata.attribution")));
        Section section = section(OpenDataSection.LICENCE,
                new Paragraph(new Text(getTranslation("opendata.licence.text") + " "), link),
                new Paragraph(getTranslation("opendata.licence.attribution")));
        section.getElement().appendChild(quote);
        return section;
    }

    private Section changes(OpenDataset dataset) {
        Paragraph last = new Paragraph(dataset.lastChange().map(changed -> getTranslation("opendata.changes.last",
                DateFormats.longDate(DateFormats.danishDate(changed), getLocale())))
                .orElseGet(() -> getTranslation("opendata.changes.none")));
        last.setId("opendata-last-change");
        return section(OpenDataSection.CHANGES,
                new Paragraph(getTranslation("opendata.changes.text")), last);
    }

    private Section downloads() {
        Anchor csv = file("opendata-download-csv", OpenDataAddresses.casesDownload(OpenDataAddresses.Download.CSV, ""),
                "opendata.downloads.csv");
        Anchor json = file("opendata-download-json",
                OpenDataAddresses.casesDownload(OpenDataAddresses.Download.JSON, ""), "opendata.downloads.json");
        Anchor dcat = file("opendata-dcat", "/" + OpenDataAddresses.PAGE + "/dcat.jsonld", "opendata.downloads.dcat");
        return section(OpenDataSection.DOWNLOADS,
                new Paragraph(getTranslation("opendata.downloads.text")),
                new UnorderedList(new ListItem(csv), new ListItem(json), new ListItem(dcat)));
    }

    private Section api(ApiDocumentation api) {
        Anchor document = file("opendata-openapi", OpenDataAddresses.API_DOCUMENT, null);
        document.getElement().appendChild(new Element("code").setText(OpenDataAddresses.API_DOCUMENT));
        Element facts = new Element("dl").setAttribute("class", "portal-opendata-facts");
        facts.appendChild(new Element("dt").setText(getTranslation("opendata.api.base")),
                new Element("dd").appendChild(new Element("code").setText(OpenDataAddresses.API)),
                new Element("dt").setText(getTranslation("opendata.api.document")),
                new Element("dd").appendChild(document.getElement()));
        if (api.version() != null) {
            facts.appendChild(new Element("dt").setText(getTranslation("opendata.api.version")),
                    new Element("dd").setText(api.version()));
        }
        Section section = section(OpenDataSection.API,
                new Paragraph(getTranslation("opendata.api.text")));
        section.getElement().appendChild(facts);
        if (api.description() != null) {
            section.add(new Paragraph(api.description()));
        }
        if (api.operations().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("opendata.api.none"));
            none.setId("opendata-api-none");
            section.add(none);
            return section;
        }
        api.operations().forEach(operation -> section.add(operation(operation)));
        return section;
    }

    /** The long lists of values, once each and closed: a phone would scroll past 98 codes three times. */
    private Section codeLists(ApiDocumentation api) {
        Section section = section(OpenDataSection.CODES, new Paragraph(getTranslation("opendata.codes.text")));
        api.codeLists().forEach(list -> {
            Element values = new Element("p").setAttribute("id", list.anchor());
            list.values().forEach(value -> values.appendChild(code(value), Element.createText(" ")));
            Element details = new Element("details");
            details.appendChild(new Element("summary").setAttribute("id", list.summaryId())
                    .setText(getTranslation("opendata.codes.summary", list.parameter(), list.values().size())),
                    values);
            section.getElement().appendChild(details);
        });
        return section;
    }

    private Section operation(ApiDocumentation.Operation operation) {
        String id = operation.anchor();
        H3 heading = new H3();
        heading.setId(id + "-heading");
        heading.getElement().appendChild(code(operation.method() + " " + operation.path()));
        Section section = new Section(heading);
        section.setId(id);
        section.addClassName("portal-api-operation");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (operation.summary() != null) {
            Paragraph summary = new Paragraph(operation.summary());
            summary.addClassName("portal-api-summary");
            section.add(summary);
        }
        if (operation.description() != null) {
            section.add(new Paragraph(operation.description()));
        }
        if (!operation.parameters().isEmpty()) {
            section.add(table(id + "-parameters", "opendata.api.parameters", List.of("opendata.api.parameter.name",
                    "opendata.api.parameter.in", "opendata.api.parameter.required",
                    "opendata.api.parameter.description", "opendata.api.parameter.values"),
                    operation.parameters().stream().map(parameter -> {
                        Element values = new Element("td");
                        if (parameter.hasCodeList()) {
                            values.appendChild(jump(parameter.codeListAnchor(), new Text(getTranslation(
                                    "opendata.codes.link", parameter.allowedValues().size()))).getElement());
                        } else {
                            parameter.allowedValues().forEach(value -> values.appendChild(code(value),
                                    Element.createText(" ")));
                        }
                        return row(parameter.name(), new Element("td").setText(getTranslation(parameter.inKey())),
                                new Element("td").setText(getTranslation(parameter.required() ? "opendata.api.yes"
                                        : "opendata.api.no")),
                                new Element("td").setText(text(parameter.description())), values);
                    }).toList()));
        }
        if (!operation.responses().isEmpty()) {
            section.add(table(id + "-responses", "opendata.api.responses", List.of("opendata.api.status",
                    "opendata.api.parameter.description"), operation.responses().stream().map(response ->
                    row(response.status(), new Element("td").setText(text(response.description()))))
                    .toList()));
        }
        Paragraph example = new Paragraph(getTranslation("opendata.api.example") + " ");
        example.addClassName("portal-api-example");
        if ("GET".equals(operation.method())) {
            Anchor call = file(null, operation.example(), null);
            call.getElement().appendChild(code(operation.example()));
            example.add(call);
        } else {
            example.getElement().appendChild(code(operation.example()));
        }
        Paragraph back = new Paragraph(jump(OpenDataSection.TABLE_OF_CONTENTS,
                new Text(getTranslation("toc.back"))));
        back.addClassName("portal-toc-back");
        section.add(example, back);
        return section;
    }

    /** A table under its own heading, in a region that scrolls sideways on a phone, as the reading page has it. */
    private Div table(String headingId, String headingKey, List<String> columnKeys, List<Element> rows) {
        H4 heading = new H4(getTranslation(headingKey));
        heading.setId(headingId);
        Element head = new Element("tr");
        columnKeys.forEach(key -> head.appendChild(new Element("th").setAttribute("scope", "col")
                .setText(getTranslation(key))));
        Element body = new Element("tbody");
        rows.forEach(body::appendChild);
        Element table = new Element("table").setAttribute("class", "portal-results-table portal-api-table");
        table.appendChild(new Element("thead").appendChild(head), body);
        Div scroll = new Div();
        scroll.addClassName("portal-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-labelledby", headingId).appendChild(table);
        return new Div(heading, scroll);
    }

    private static Element row(String name, Element... cells) {
        Element row = new Element("tr").appendChild(new Element("th").setAttribute("scope", "row")
                .appendChild(code(name)));
        return row.appendChild(cells);
    }

    private static Element code(String text) {
        return new Element("code").setText(text);
    }

    private static String text(String orNull) {
        return orNull == null ? "" : orNull;
    }

    /** A link to a file or address outside Vaadin's routes, which the browser opens itself. */
    private Anchor file(String id, String address, String textKey) {
        Anchor anchor = new Anchor(address, textKey == null ? "" : getTranslation(textKey));
        if (id != null) {
            anchor.setId(id);
        }
        anchor.setRouterIgnore(true);
        return anchor;
    }

    private Section section(OpenDataSection part, Component... content) {
        H2 heading = new H2(getTranslation(part.headingKey()));
        heading.setId(part.id() + "-heading");
        Section section = new Section(heading);
        section.add(content);
        section.setId(part.id());
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    @Override
    public String titleKey() {
        return "opendata.title";
    }
}
