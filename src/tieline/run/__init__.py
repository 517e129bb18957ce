"""Engines that run the map of an ingest (read, sign, extract) somewhere other than here.

The local engine is ingest.py itself (this process, or `workers` processes through the
extractor); ray.py runs the map on a Ray cluster. Every engine hands its results, in input
order, to the same reduce (ingest._Run: filter, resolve, store), so the stores they fill agree.
"""
