"""The search benchmark: a synthetic French corpus (``corpus``), its words (``vocabulary``) and
the measurements made on it (``timing``). Run it with ``manage.py search_benchmark``.
"""
