if condition, do: :yes, else: :no
unless done?, do: retry()
