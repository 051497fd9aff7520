import EctoEnum

defenum Accounts.RoleEnum, :role, [:owner, :admin, :member]
