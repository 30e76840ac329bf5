#include "server_passwords.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
namespace {

const QString Service = u"Fangzhi shared archives"_s;

} // namespace

void rememberPassword(const QString &location, const QString &password, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setAutoDelete(true);
    job->setKey(location);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError
                 ? QString()
                 : QObject::tr("The desktop's keychain could not keep the password: it will be asked for next "
                               "time."));
    });
    job->start();
}

void recallPassword(const QString &location,
                    std::function<void(const std::optional<QString> &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setAutoDelete(true);
    job->setKey(location);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            done(read->textData(), QString());
        else
            done(std::nullopt, read->error() == QKeychain::EntryNotFound
                                   ? QString()
                                   : QObject::tr("The desktop's keychain could not be read: the password is "
                                                 "asked for."));
    });
    job->start();
}

} // namespace fangzhi::gui
