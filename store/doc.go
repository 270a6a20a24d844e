// Package store persists kgraph's graph in one bbolt file.
//
// Bucket tree (schema version 2; every key encoder is in schema.go):
//
//	meta        "schema" -> uint32 version; "created" -> RFC 3339 time
//	docs        sha256(text) [32]            -> Document JSON     (a text is ingested once)
//	doc_ids     document id                  -> sha256            (find a document by its id)
//	entities    entity seq [8]               -> entityRecord JSON (canonical entity, mention counts)
//	entity_ids  entity id ("country/belarus") -> entity seq [8]   (stable string ids to compact keys)
//	aliases     name key 0x00 entity seq [8] -> empty             (find entities by any name, case-folded)
//	types       type byte, entity seq [8]    -> empty             (list entities of a type in order)
//	edges       src [8] rel [1] tgt [8]      -> edgeRecord JSON   (forward adjacency: a prefix scan on src)
//	edges_in    tgt [8] rel [1] src [8]      -> empty             (reverse adjacency: a prefix scan on tgt)
//	evidence    src [8] rel [1] tgt [8] n [8] -> Evidence JSON    (an edge's quotes, in ingest order)
//	variants    name skeleton 0x00 seq [8]   -> empty             (names of people, bodies, places by consonants: spelling variants)
//
// Entity sequence numbers and evidence counters are big-endian, so byte
// order is numeric order and Cursor.Seek on a prefix lists one entity's
// edges or one edge's evidence. A symmetric relation is stored once, with
// its ends in id order when first stored, and found from either end through
// edges_in. An edge names its ends by sequence: reads give the ids the
// entity records hold now, since a person stored under a bare surname
// ("Ahmadinejad") takes the full name and id of the person a later story
// names ("Mahmoud Ahmadinejad"); a symmetric edge stored the other way
// round is found again, not doubled.
//
// Version 1 had no variants bucket; opening such a file for writing adds
// it and indexes the people, organisations and places already stored.
//
// Writers hold bbolt's exclusive file lock; readers open the file
// read-only and share it. Open waits Options.Timeout for the lock and then
// fails with ErrLocked instead of hanging.
package store
