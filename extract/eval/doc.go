// Package eval scores extraction against annotated documents in kgraph's
// gold format (see docs/gold-format.md): mention precision, recall and F1
// per entity type, and relation precision, recall and F1 per relation type.
//
// A predicted mention is right when its span equals a gold mention's and
// its type is the gold type or one of the gold alternatives. Predictions on
// optional spans, and predictions of types a document is not annotated for,
// count neither way. A predicted relation is right when both of its ends
// land on the right gold entities (by mention spans, else by name) and its
// type is the gold type or an alternative.
package eval
