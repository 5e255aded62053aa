package vn.plans.gazetteer;

/**
 * Where a document comes from: {@code province} as named before 1 July 2025 (null when only post-2025 units were
 * found), {@code newProvince} one of the 34 provinces after Resolution 202/2025/QH15, and the strongest evidence
 * (e.g. {@code place line "Ba Tơ" -> huyện Ba Tơ}).
 */
public record ProvinceMatch(String province, String newProvince, String evidence) {}
