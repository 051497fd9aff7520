#pragma once

#include <QObject>

#include <functional>

namespace ectowb::widgets {

// Passwords of saved connections, in the system keychain (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Store), never in a settings file. Where
// no keychain service runs, nothing is stored and the connection form asks each time.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);

    // Whether this build can use a keychain at all (it may still find none running).
    static bool isCompiledIn();
    // `done(password, ok)`: ok is false when there is no keychain or no entry.
    void read(const QString &key, std::function<void(const QString &, bool)> done);
    // `done(ok, why)`: ok is false when there is no keychain to keep it in.
    void write(const QString &key, const QString &password, std::function<void(bool, const QString &)> done);
    void remove(const QString &key);
};

} // namespace ectowb::widgets
