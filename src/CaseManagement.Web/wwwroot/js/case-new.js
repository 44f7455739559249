// 案源登记: checks the 统一社会信用代码 / 居民身份证号码 as the user types (GB 32100-2015, GB 11643-1999 check
// characters) and shows the reason beside the field. The server checks it again when the form is posted.
(function () {
    'use strict';

    var input = document.querySelector('[data-identifier]');
    var kind = document.querySelector('[data-identifier-kind]');
    var output = document.querySelector('[data-testid=identifier-check]');
    if (!input || !kind || !output) {
        return;
    }

    var timer = null;
    var serial = 0;

    function check() {
        var value = input.value.trim();
        var type = kind.value === 'Individual' ? 'idCard' : 'uscc';
        var what = type === 'idCard' ? '居民身份证号码' : '统一社会信用代码';
        var mine = ++serial;
        if (value.length === 0) {
            output.textContent = '';
            output.className = 'small mt-1';
            input.classList.remove('is-valid', 'is-invalid');
            return;
        }
        fetch('/api/tools/validate?type=' + type + '&value=' + encodeURIComponent(value), { headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (answer) {
                if (!answer || mine !== serial) {
                    return;
                }
                input.classList.toggle('is-valid', answer.valid);
                input.classList.toggle('is-invalid', !answer.valid);
                output.className = 'small mt-1 ' + (answer.valid ? 'text-success' : 'text-danger');
                output.textContent = answer.valid ? what + '有效：' + answer.normalized : what + '无效：' + answer.reason;
            })
            .catch(function () { /* the server checks again on submit */ });
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(check, 200);
    });
    kind.addEventListener('change', check);
    check();
})();
