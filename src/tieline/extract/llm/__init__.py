"""The optional LLM-backed extractors, behind the same Extractor interface as the rules.

- "llm" (extractor.py): a model proposes facts; only facts whose quoted evidence is found in
  the document survive, with the document's own sentence as evidence.
- "rules+verify" (verifier.py): the rules propose, the model confirms or rejects each fact
  with its sentence.
Both talk to any OpenAI-compatible endpoint (client.py) with structured output (schema.py),
versioned prompt files (prompts/), a response cache (cache.py) and no spaCy of their own.
"""
