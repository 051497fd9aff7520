text = """
  indented body
    more
  end
  """
