// 案源登记: 案由 = the chosen violation's name plus the officer's optional words (shown as typed); an open
// case of the same party is pointed out with its link. Also checks the 统一社会信用代码 / 居民身份证号码 as the user types (GB 32100-2015, GB 11643-1999 check
// characters) and shows the reason beside the field. The server checks it again when the form is posted.
(function () {
    'use strict';

    var violation = document.querySelector('[data-violation]');
    var addition = document.querySelector('[data-cause-addition]');
    var preview = document.querySelector('[data-testid=cause-preview]');
    if (violation && addition && preview) {
        var showCause = function () {
            var option = violation.options[violation.selectedIndex];
            var name = option && option.value ? option.getAttribute('data-name') : '';
            var extra = addition.value.trim();
            preview.textContent = name ? (extra && extra !== name ? name + '（' + extra + '）' : name) : '（请先选择违法行为）';
        };
        violation.addEventListener('change', showCause);
        addition.addEventListener('input', showCause);
        showCause();
    }

    var openCases = document.querySelector('[data-testid=open-cases]');

    function showOpenCases(code) {
        if (!openCases) {
            return;
        }
        fetch('/cases/new?handler=OpenCases&code=' + encodeURIComponent(code), { headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (matches) {
                openCases.textContent = '';
                openCases.classList.toggle('d-none', matches.length === 0);
                if (matches.length === 0) {
                    return;
                }
                openCases.appendChild(document.createTextNode('该当事人已有未办结的案件，请确认不是同一违法行为：'));
                matches.forEach(function (match) {
                    var line = document.createElement('div');
                    var link = document.createElement('a');
                    link.href = '/cases/' + match.id;
                    link.textContent = match.title;
                    link.setAttribute('data-open-case', match.id);
                    line.appendChild(link);
                    line.appendChild(document.createTextNode(' ' + match.partyName + '，' + match.cause + '（' + match.stageLabel + '）'));
                    openCases.appendChild(line);
                });
            })
            .catch(function () { /* only a warning */ });
    }

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
                if (answer.valid) {
                    showOpenCases(answer.normalized);
                } else if (openCases) {
                    openCases.classList.add('d-none');
                }
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
