import Ecto.Query, only: [from: 2, where: 3]
import Ecto.Changeset, except: [cast: 3]
require Logger
use GenServer, restart: :transient
