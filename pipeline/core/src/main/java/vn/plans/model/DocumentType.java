package vn.plans.model;

/**
 * The closed set of administrative document types the structure stage recognises (Decree 30/2020, Appendix III).
 * Serialized as the constant's name ({@code KE_HOACH}); the words and number symbols that denote each type are data,
 * in the lexicon ({@code vn/plans/lexicon.txt}).
 */
public enum DocumentType {
    KE_HOACH, QUYET_DINH, CONG_VAN, BAO_CAO, THONG_BAO, CHI_THI, TO_TRINH, BIEN_BAN, THONG_TU, NGHI_DINH, GIAY_PHEP,
    LUAT, NGHI_QUYET, PHIEU_TRINH, GIAY_MOI, GIAY_CHUNG_NHAN, QUY_CHE, QUY_DINH, HUONG_DAN, PHUONG_AN, DE_AN,
    CHUONG_TRINH;

    /** The type named {@code name} ({@code KE_HOACH}), or null for null or an unknown name. */
    public static DocumentType ofName(String name) {
        if (name == null) return null;
        for (DocumentType t : values()) if (t.name().equals(name)) return t;
        return null;
    }
}
