#pragma once

#include <QString>

namespace ectowb::project {

// The bundled blog sample: where its sources are and where its SQLite file lives.
class SampleProject
{
public:
    // The sample's folder: next to the executable when installed, else in the
    // source tree this build came from. Empty when neither exists.
    static QString folder();
    static bool isSample(const QString &folder);
    // The throwaway SQLite database in the user's data folder, the same for the GUI and
    // the CLI (so not under an application-specific folder).
    static QString databasePath();
    // Creates the data folder that holds the database; false if that failed.
    static bool ensureDataFolder();
};

} // namespace ectowb::project
