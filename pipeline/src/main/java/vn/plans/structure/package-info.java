/**
 * Structure: normalized page text (and tables) in, {@link vn.plans.model.Structure} out: header fields, numbered
 * sections, tasks with agencies and timeframes. {@link vn.plans.structure.StructureExtractor} is the stage's
 * interface; it never throws on odd input, it returns what it could recognise.
 */
package vn.plans.structure;
