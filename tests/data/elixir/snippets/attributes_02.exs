@timeout 5_000
@retries 3
def timeout, do: @timeout * @retries
