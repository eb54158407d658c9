package dk.coi.portal.landscape;

/** The addresses of spreading: recording a reuse, asking a case's contact, the contact's requests, the overview. */
public final class AdoptionRoutes {

    public static final String ADOPT = "genbrug";
    public static final String CONTACT = "kontakt";
    public static final String REQUESTS = CaseRoutes.LIST + "/henvendelser";
    public static final String SPREADING = CaseRoutes.LIST + "/spredning";

    private AdoptionRoutes() {
    }

    public static String adopt(CaseId id) {
        return CaseRoutes.LIST + "/" + id.value() + "/" + ADOPT;
    }

    public static String contact(CaseId id) {
        return CaseRoutes.LIST + "/" + id.value() + "/" + CONTACT;
    }
}
