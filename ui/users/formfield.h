#pragma once

#include "ui/widgets/fielderrors.h"

#include <QFormLayout>
#include <QLabel>

namespace sk::ui {

// One form row for a field the server validates: "label  input", and under it the red label
// FieldErrors fills with that field's errors (client-side or the server's violations).
inline QLabel *addCheckedRow(QFormLayout *form, FieldErrors *errors, const QString &label,
                             const QString &serverField, QWidget *input)
{
    QLabel *error = errors->addField(serverField, input);
    form->addRow(label, input);
    form->addRow(QString(), error);
    return error;
}

} // namespace sk::ui
