import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ARTICLES = os.path.join(ROOT, "tests", "fixtures", "articles")
BASIL = os.path.join(ROOT, "..", "shared", "eval", "basil")
# The command line the tests compare with (make test-python builds it first).
CLI = os.environ.get("ARTICLE_COMPARE_BIN", os.path.join(ROOT, "target", "release", "article-compare"))

sys.path.insert(0, os.path.dirname(__file__))
