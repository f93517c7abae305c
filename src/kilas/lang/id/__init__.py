"""Indonesian language resources: calendar words, outlets, speech verbs, exonyms."""
