"""Table models and their sort/filter proxies."""
