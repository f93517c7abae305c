"""kilas.store: articles, duplicate links and state in SQLite or PostgreSQL.

store = Store.open("kilas.db")           # or "postgresql://user@host/db"
result = store.write_articles(articles)  # one transaction, upsert by id
store.search("banjir Jakarta")
"""

from kilas.store.core import Store
from kilas.store.rows import ArticleRow, SearchHit, WriteResult

__all__ = ["ArticleRow", "SearchHit", "Store", "WriteResult"]
