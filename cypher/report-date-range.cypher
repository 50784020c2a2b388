MATCH (r:Report)
RETURN count(r) AS reports, min(r.publishedOn) AS firstDate, max(r.publishedOn) AS lastDate
