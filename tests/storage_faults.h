#pragma once

namespace fangzhi::test {

// Storage that fails the way disks do, for tests, in the manner of SQLite's own test VFSes: an
// SQLite VFS wrapped around the system's, made the default for every connection opened after
// install() (Qt's QSQLITE driver uses the same SQLite library). Writes and syncs to every file
// (archive, write-ahead log, journal) are counted from arm(); the fault then strikes at the nth.
enum class StorageFault {
    None,
    WriteFails, // the nth write fails once with an I/O error; later writes succeed
    SyncFails,  // the nth sync fails once with an I/O error
    DiskFull,   // the nth write and every one after it find the disk full
};

class StorageFaults
{
public:
    static void install();
    static void arm(StorageFault fault, int n);
    static void disarm(); // storage works again; the counts stay readable
    [[nodiscard]] static int writes(); // since arm()
    [[nodiscard]] static int syncs();
    [[nodiscard]] static bool struck(); // whether the fault has happened since arm()
};

} // namespace fangzhi::test
