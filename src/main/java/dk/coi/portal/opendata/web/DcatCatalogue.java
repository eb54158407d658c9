package dk.coi.portal.opendata.web;

import dk.coi.portal.opendata.OpenDataset;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalContact;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.web.OpenDataAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The open data described by DCAT-AP-DK (the Danish profile of DCAT-AP) as JSON-LD, for data portals to harvest: a
 * {@code dcat:Catalog} holding one {@code dcat:Dataset} (the published cases with their adoptions and organisations),
 * which is distributed through the JSON API ({@code dcat:accessService}, a {@code dcat:DataService} described by its
 * OpenAPI document) and as downloads of every case in CSV and JSON. Titles, descriptions and keywords in Danish and
 * English; the controlled values are the EU Publications Office's authority lists, as DCAT-AP asks.
 */
@Component
class DcatCatalogue {

    static final String CC_BY_4_0 = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0";
    private static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private final Texts texts;
    private final PortalAddress address;
    private final PortalContact contact;

    DcatCatalogue(Texts texts, PortalAddress address, PortalContact contact) {
        this.texts = texts;
        this.address = address;
        this.contact = contact;
    }

    /** The catalogue as a JSON-LD document, its dataset last modified when the published cases last changed. */
    Map<String, Object> document(OpenDataset dataset) {
        String page = address.link(OpenDataAddresses.PAGE);
        Map<String, Object> publisher = node(page + "#udgiver", "foaf:Agent");
        publisher.put("foaf:name", translated("opendata.dcat.publisher"));
        publisher.put("dct:type", reference("http://purl.org/adms/publishertype/NationalAuthority"));

        Map<String, Object> service = node(page + "#api", "dcat:DataService");
        service.put("dct:title", translated("opendata.dcat.service.title"));
        service.put("dcat:endpointURL", reference(address.link(OpenDataAddresses.API)));
        service.put("dcat:endpointDescription", reference(address.link(OpenDataAddresses.API_DOCUMENT)));
        service.put("dcat:servesDataset", reference(page + "#cases"));
        service.put("dct:license", reference(CC_BY_4_0));
        service.put("dct:accessRights", reference(AUTHORITY + "access-right/PUBLIC"));
        service.put("dct:publisher", reference(page + "#udgiver"));

        Map<String, Object> api = distribution(page + "#distribution-api", "opendata.dcat.distribution.api",
                address.link(OpenDataAddresses.API), null, "application/json", "JSON");
        api.put("dcat:accessService", reference(page + "#api"));

        Map<String, Object> kases = node(page + "#cases", "dcat:Dataset");
        kases.put("dct:title", translated("opendata.dcat.dataset.title"));
        kases.put("dct:description", translated("opendata.dcat.dataset.description"));
        kases.put("dct:publisher", reference(page + "#udgiver"));
        kases.put("dcat:contactPoint", contactPoint());
        kases.put("dct:license", reference(CC_BY_4_0));
        kases.put("dct:accessRights", reference(AUTHORITY + "access-right/PUBLIC"));
        kases.put("dcat:theme", List.of(reference(AUTHORITY + "data-theme/GOVE"),
                reference(AUTHORITY + "data-theme/SOCI")));
        kases.put("dct:spatial", reference(AUTHORITY + "country/DNK"));
        kases.put("dct:language", reference(AUTHORITY + "language/DAN"));
        kases.put("dct:accrualPeriodicity", reference(AUTHORITY + "frequency/UPDATE_CONT"));
        kases.put("dcat:keyword", keywords());
        kases.put("dcat:landingPage", reference(page));
        dataset.lastChange().ifPresent(changed -> kases.put("dct:modified",
                Map.of("@value", DateFormats.machineReadable(changed), "@type", "xsd:dateTime")));
        kases.put("dcat:distribution", List.of(api,
                download(page, OpenDataAddresses.Download.CSV, "text/csv", "CSV"),
                download(page, OpenDataAddresses.Download.JSON, "application/json", "JSON")));

        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
                "foaf", "http://xmlns.com/foaf/0.1/", "vcard", "http://www.w3.org/2006/vcard/ns#",
                "xsd", "http://www.w3.org/2001/XMLSchema#"));
        catalogue.putAll(node(page + "#katalog", "dcat:Catalog"));
        catalogue.put("dct:title", translated("opendata.dcat.catalogue.title"));
        catalogue.put("dct:description", translated("opendata.dcat.catalogue.description"));
        catalogue.put("dct:publisher", publisher);
        catalogue.put("foaf:homepage", reference(page));
        catalogue.put("dct:language", reference(AUTHORITY + "language/DAN"));
        catalogue.put("dct:license", reference(CC_BY_4_0));
        dataset.lastChange().ifPresent(changed -> catalogue.put("dct:modified",
                Map.of("@value", DateFormats.machineReadable(changed), "@type", "xsd:dateTime")));
        catalogue.put("dcat:dataset", kases);
        catalogue.put("dcat:service", service);
        return catalogue;
    }

    private Map<String, Object> download(String page, OpenDataAddresses.Download format, String mediaType,
                                         String fileType) {
        String file = address.link(OpenDataAddresses.casesDownload(format, ""));
        return distribution(page + "#distribution-" + format.extension(),
                "opendata.dcat.distribution." + format.extension(), file, file, mediaType, fileType);
    }

    private Map<String, Object> distribution(String id, String titleKey, String accessUrl, String downloadUrl,
                                             String mediaType, String fileType) {
        Map<String, Object> distribution = node(id, "dcat:Distribution");
        distribution.put("dct:title", translated(titleKey));
        distribution.put("dcat:accessURL", reference(accessUrl));
        if (downloadUrl != null) {
            distribution.put("dcat:downloadURL", reference(downloadUrl));
        }
        distribution.put("dcat:mediaType", reference(MEDIA_TYPES + mediaType));
        distribution.put("dct:format", reference(AUTHORITY + "file-type/" + fileType));
        distribution.put("dct:license", reference(CC_BY_4_0));
        return distribution;
    }

    private Map<String, Object> contactPoint() {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("@type", "vcard:Organization");
        point.put("vcard:fn", texts.get(PortalLocales.DANISH, "opendata.dcat.publisher"));
        point.put("vcard:hasEmail", reference(contact.mailto()));
        return point;
    }

    /** The text in Danish and in English, as JSON-LD language-tagged values. */
    private List<Map<String, String>> translated(String key) {
        return PortalLocales.SUPPORTED.stream().map(language -> Map.of("@value", texts.get(language, key),
                "@language", language.getLanguage())).toList();
    }

    /** The keywords of each language (a comma-separated translation), each tagged with its language. */
    private List<Map<String, String>> keywords() {
        List<Map<String, String>> keywords = new ArrayList<>();
        PortalLocales.SUPPORTED.forEach(language -> Arrays.stream(texts.get(language, "opendata.dcat.keywords").split(","))
                .map(String::strip).forEach(word -> keywords.add(Map.of("@value", word,
                        "@language", language.getLanguage()))));
        return keywords;
    }

    private static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static Map<String, String> reference(String iri) {
        return Map.of("@id", iri);
    }
}
