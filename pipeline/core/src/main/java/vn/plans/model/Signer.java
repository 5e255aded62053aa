package vn.plans.model;

/** Who signed: name, title ({@code PHÓ CHỦ TỊCH}) and the on-behalf line ({@code KT. CHỦ TỊCH}) if any. */
public record Signer(String name, String title, String onBehalf) {}
