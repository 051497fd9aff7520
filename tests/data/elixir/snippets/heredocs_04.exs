sql = """
SELECT * FROM users
WHERE id = #{id}
  AND "quoted" = 'single'
"""
