#pragma once

#include <QHash>
#include <QLabel> // complete: generalLabel() converts a QPointer<QLabel> inline
#include <QObject>
#include <QPointer>
#include <QString>

#include <QLabel>

namespace sk::api {
struct ApiError;
}

namespace sk::ui {

// Puts errors next to the form fields they are about. Each field is registered under the
// name the server uses in its field violations ("display_name"); addField() returns a red
// label (hidden while empty) for the caller to place under the field. A violation for an
// unregistered field, and the error's own sentence, go to the general label.
//
//     QLabel *nameError = errors->addField(QStringLiteral("display_name"), m_name);
//     form->addRow(tr("Name"), m_name);
//     form->addRow(QString(), nameError);
//     ...
//     errors->showError(error); // after a failed request; nothing the user typed is touched
//
// Editing a field clears its error.
class FieldErrors : public QObject
{
    Q_OBJECT

public:
    explicit FieldErrors(QLabel *generalLabel, QObject *parent = nullptr);

    QLabel *addField(const QString &serverField, QWidget *input);
    // Client-side validation: an error next to one field.
    void setFieldError(const QString &serverField, const QString &message);
    void setGeneralError(const QString &message);
    // Shows a failed request: field violations next to their fields, the rest in the general
    // label. Returns true if at least one violation landed on a field.
    bool showError(const api::ApiError &error);
    void clear();
    bool hasErrors() const;
    QString fieldError(const QString &serverField) const;
    QLabel *generalLabel() const { return m_general; }

    // "organization.display_name", "display_name" and "displayName" all match "display_name".
    static QString normalizeField(const QString &field);

private:
    struct Field
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    void setLabel(QLabel *label, const QString &text);

    QPointer<QLabel> m_general;
    QHash<QString, Field> m_fields;
};

} // namespace sk::ui
