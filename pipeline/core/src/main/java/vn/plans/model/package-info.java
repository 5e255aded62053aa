/**
 * Plain immutable records shared by every stage: what extraction produces ({@link vn.plans.model.ExtractedDocument},
 * {@link vn.plans.model.Page}) and what the structure stage fills in ({@link vn.plans.model.PlanDocument},
 * {@link vn.plans.model.Task}, ...). JSON names are snake_case through Jackson's naming strategy, so the
 * records are the schema; {@code schema/plan-document.schema.json} documents it for consumers.
 */
package vn.plans.model;
