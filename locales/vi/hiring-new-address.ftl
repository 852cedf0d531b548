# Kịch bản “hiring-new-address”: một contractor đàng hoàng. Người chơi làm thủ tục nhận việc cho
# một contractor (nam) làm từ xa vừa được tuyển tuần trước, và anh ấy thật sự vừa chuyển nhà.
# Biến: $contractor (tên trong hợp đồng, nam), $it (đồng nghiệp phụ trách IT; danh sách tên có
# cả nam lẫn nữ), $home (columbus, atlanta hoặc phoenix: thành phố trong hợp đồng; nó cũng chọn
# thành phố anh ấy chuyển tới), $rate (đô la mỗi giờ).
# Contractor viết chỉn chu, thân thiện, câu đầy đủ, không emoji. Đồng nghiệp IT điềm tĩnh và
# chính xác. Trên Slack cả team xưng “mình”, gọi nhau là “bạn”; người chơi luôn xưng “mình”.

hiring-new-address-title = Laptop cho contractor mới
hiring-new-address-summary = Bạn dẫn dắt một team nhỏ. Một contractor bạn tuyển tuần trước sẽ bắt đầu vào thứ hai, và laptop của anh ấy đã sẵn sàng để gửi đi.
hiring-new-address-cast-contractor = { $contractor }
hiring-new-address-cast-it = { $it }

hiring-new-address-joined = { $contractor } đã tham gia #onboarding. Hợp đồng đã ký tuần trước, mức { MONEY($rate) }/giờ; địa chỉ nhà trong đó là ở { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-new-address-hi = Chào mọi người, cảm ơn cả team đã đón mình thật nồng nhiệt. Mình rất mong đến thứ hai.
hiring-new-address-it-laptop = Chào mừng { $contractor }! Mình là { $it }, mình lo mảng IT ở đây. Laptop của bạn đã cài đặt xong; hôm nay mình sẽ gửi tới địa chỉ trong hợp đồng của bạn, được chứ?
hiring-new-address-redirect = Cảm ơn bạn. Trước đó có một thay đổi: cuối tuần trước mình đã chuyển tới { $home ->
    [columbus] Pittsburgh
    [atlanta] Charlotte
   *[phoenix] Denver
}, vì bạn đời của mình nhận công việc mới ở đó. Sáng nay mình đã tự cập nhật địa chỉ trong cổng HR, bằng tài khoản và mã hai lớp của chính mình.
hiring-new-address-redirect-2 = Laptop có thể gửi tới địa chỉ mới được không? Mình sẵn lòng xác nhận qua một cuộc gọi video ngắn, và người giao hàng cứ kiểm tra giấy tờ tùy thân của mình ở cửa.

hiring-new-address-ship-choice-process = Đúng quy trình chuyển nhà của bọn mình. { $it }, gửi tới địa chỉ trong cổng HR giúp mình, có kiểm tra giấy tờ.
hiring-new-address-ship-choice-process-feedback = Đúng vậy. Một thay đổi do chính người đó thực hiện trong hệ thống HR, bằng tài khoản của mình, rồi được xác nhận trước camera: đó là quy trình đang làm đúng việc của nó.
hiring-new-address-ship-choice-lease = Bọn mình sẽ gửi máy khi bạn gửi bản sao hợp đồng thuê nhà mới và một hóa đơn điện nước gần đây.
hiring-new-address-ship-choice-lease-feedback = Hợp đồng thuê nhà và hóa đơn gửi qua chat không thêm được gì mà quy trình chưa kiểm tra, lại để giấy tờ riêng tư nằm trong một kênh chat. Anh ấy đã tự thay đổi trong cổng HR; một cuộc gọi có camera và bước kiểm tra giấy tờ ở cửa sẽ xác nhận điều đó.
hiring-new-address-ship-choice-refuse = Đổi địa chỉ một tuần sau khi ký là dấu hiệu đáng ngại, nên laptop sẽ gửi về địa chỉ trong hợp đồng.
hiring-new-address-ship-choice-refuse-feedback = Địa chỉ thay đổi là điều đáng kiểm tra, và quy trình chính là cách kiểm tra. Anh ấy đã tự làm bước đầu tiên, và chủ động đề nghị phần còn lại: một cuộc gọi có camera và giấy tờ tùy thân ở cửa.

hiring-new-address-it-process = Để mình lo. Quy trình chuyển nhà của mình còn có một cuộc gọi video ngắn, bật camera; mình hẹn luôn chiều nay.
hiring-new-address-lease-reply = Mình gửi được, nếu thật sự cần, dù mình không muốn đăng hợp đồng thuê nhà lên kênh Slack lắm. Cổng HR đã có địa chỉ mới rồi, và mình sẵn lòng xác nhận trước camera.
hiring-new-address-refuse-reply = Mình hiểu sự thận trọng. Có điều căn hộ cũ mình đã trả rồi, nên sẽ không có ai ở đó ký nhận.
hiring-new-address-it-explains = Nói thêm: bọn mình có quy trình cho việc chuyển nhà. Người đó tự đổi địa chỉ trong cổng HR, bọn mình xác nhận qua cuộc gọi video, và người giao hàng kiểm tra giấy tờ khi giao. Bước một đã xong rồi.
hiring-new-address-refuse-reply-2 = Phần còn lại mình sẵn lòng làm ngay hôm nay. Gọi video lúc ba giờ có tiện cho bạn không?

hiring-new-address-ship-again-follow = Vậy làm theo quy trình: gọi lúc ba giờ, và người giao hàng kiểm tra giấy tờ.
hiring-new-address-ship-again-call = Được. Ba giờ nhé; nói chuyện trước camera xong là mình gửi máy.
hiring-new-address-ship-again-end = Mình thấy không yên tâm. Chấm dứt hợp đồng trước khi anh ấy bắt đầu đi.

hiring-new-address-on-call = { $contractor } vào cuộc gọi với camera bật, trong một căn phòng đầy thùng đồ chuyển nhà. Đúng là người bạn đã phỏng vấn hai tuần trước; ngoài cửa sổ nhà anh ấy đang là giữa buổi chiều, giống như chỗ bạn.
hiring-new-address-call-hi = Xin lỗi vì đống thùng. Địa chỉ trong cổng HR là căn hộ này; lối vào ở phía sau, chỗ để xe đạp.
hiring-new-address-call-hi-floor = Cảm ơn mọi người đã dành thời gian, và xin lỗi vì đống thùng: phần đồ đạc còn lại tuần sau mới tới. Địa chỉ trong cổng HR là căn hộ này, ở tầng trên cùng; thang máy vẫn chạy, nên người giao hàng cứ lên thẳng.
hiring-new-address-it-ship = Cảm ơn bạn. Hôm nay mình gửi, có ký nhận khi giao. Người giao hàng sẽ đối chiếu giấy tờ của bạn với tên trong hợp đồng.
hiring-new-address-delivered = Hai ngày sau, người giao hàng xác nhận đã giao cho { $contractor } sau khi kiểm tra giấy tờ. Laptop đăng nhập lần đầu, với phần mềm bảo mật của công ty đang chạy.

hiring-new-address-week-one = Tuần đầu: { $contractor } dự mọi buổi stand-up với camera bật. Các pull request của anh ấy đến trong giờ làm việc của bạn.
hiring-new-address-offline = Báo trước về thứ năm: từ 2 đến 5 giờ chiều mình sẽ offline, vì bên chuyển nhà chở nốt đồ đạc tới. Mình sẽ làm bù vào sáng thứ sáu.

hiring-new-address-offline-choice-calendar = Được. Bạn ghi vào lịch của team giúp mình, để thứ năm không ai phải chờ bạn.
hiring-new-address-offline-choice-watch = Được, nhưng sáng thứ năm bạn bật camera suốt nhé, để bọn mình biết đúng là bạn.
hiring-new-address-offline-choice-watch-feedback = Bắt bật camera cả buổi sáng là coi một buổi chiều nghỉ đã báo trước như một mối đe dọa. Dấu hiệu đáng ngại là người cứ liên tục khó liên lạc mà không có lý do, chứ không phải một lần nghỉ có kế hoạch, báo trước vài ngày và làm bù hôm sau.
hiring-new-address-offline-choice-doubt = Offline trong giờ làm việc là một dấu hiệu đáng ngại. Mình sẽ nhờ IT kiểm tra các lần đăng nhập của bạn.
hiring-new-address-offline-choice-doubt-feedback = Dấu hiệu đáng ngại là một người cứ liên tục khó liên lạc mà không có lý do. Một buổi chiều cho việc chuyển đồ, báo trước vài ngày và làm bù sáng hôm sau, là chuyện đời thường.

hiring-new-address-doubt-reply = Tất nhiên rồi, cứ kiểm tra những gì cần. Mình cũng muốn mọi người yên tâm.

hiring-new-address-it-logins = Tiêu đề: Đăng nhập của { $contractor }. Báo nhanh: từ thứ hai, các lần đăng nhập của anh ấy đến từ { $home ->
    [columbus] Pittsburgh
    [atlanta] Charlotte
   *[phoenix] Denver
}, không phải thành phố trong hợp đồng. Một thiết bị, laptop công ty, lần nào cũng có xác thực hai lớp, trong giờ làm việc của mình. Khớp với việc chuyển nhà. Bạn có muốn mình làm gì không?

hiring-new-address-logins-choice-note = Cảm ơn. Ghi thành phố mới vào hồ sơ của anh ấy giúp mình, và cứ theo dõi như thường lệ.
hiring-new-address-logins-choice-note-feedback = Tốt. Các lần đăng nhập khớp với việc chuyển nhà đã báo: một nơi, một thiết bị công ty, lần nào cũng xác thực hai lớp. Theo dõi nhật ký là bình thường; ở đây không có gì phải xử lý.
hiring-new-address-logins-choice-geoblock = Chặn giúp mình các lần đăng nhập ngoài thành phố trong hợp đồng, tới khi anh ấy chứng minh đã chuyển nhà.
hiring-new-address-logins-choice-geoblock-feedback = Chặn thành phố mới của anh ấy là chặn chính anh ấy, vì giờ anh ấy sống và làm việc ở đó. Một thành phố mới, đúng nơi anh ấy đã kể, trên laptop công ty, lần nào cũng xác thực hai lớp, là khớp với việc chuyển nhà; đăng nhập từ nhiều quốc gia hay qua VPN thì không.
hiring-new-address-logins-choice-suspend = Thành phố mới ngay tuần đầu thì mình thấy quá. Tạm khóa quyền truy cập của anh ấy giúp mình.
hiring-new-address-logins-choice-suspend-feedback = Đăng nhập từ nhiều quốc gia hoặc qua VPN mới là dấu hiệu đáng ngại. Một thành phố mới, đúng nơi anh ấy chuyển đến, trên chính laptop công ty, thì không.

hiring-new-address-suspend-reply = Xong rồi, dù mình thì sẽ để yên. Anh ấy trả lời trong vài phút và đề nghị gọi; bọn mình đã nói chuyện sáng nay, mọi thứ đều khớp, và quyền truy cập đã mở lại. Mất một ngày.

hiring-new-address-bank = Tiêu đề: Thông tin ngân hàng. Chào bạn, nhân chuyển nhà mình cũng đổi sang một ngân hàng ở đây. Bạn cập nhật thông tin ngân hàng của mình cho kỳ thanh toán tới được không? Số tài khoản và mã ngân hàng mới ở bên dưới. Cảm ơn bạn! { $contractor }

hiring-new-address-bank-choice-portal = Cảm ơn. Bạn tự đổi trong cổng trả lương giúp mình nhé; bọn mình không đổi thông tin ngân hàng qua email.
hiring-new-address-bank-choice-portal-feedback = Đúng vậy. Chỉ một email thì không cho biết ai đã viết nó. Cổng trả lương đòi tài khoản và mã hai lớp của chính anh ấy, nên chỉ anh ấy mới đổi được nơi tiền lương của mình được chuyển tới.
hiring-new-address-bank-choice-reply = Được chứ. Bạn chỉ cần trả lời từ địa chỉ này để xác nhận đúng là bạn, rồi mình chuyển tiếp.
hiring-new-address-bank-choice-reply-feedback = Một email trả lời từ cùng địa chỉ không chứng minh được gì: ai viết được email đầu thì cũng viết được email thứ hai. Thông tin ngân hàng chỉ được đổi trong cổng trả lương, bằng tài khoản và mã hai lớp của chính anh ấy.
hiring-new-address-bank-choice-forward = Không sao. Hôm nay mình chuyển email này cho bộ phận lương, để kịp trước kỳ thanh toán tới.

hiring-new-address-bank-ok = Hợp lý; lẽ ra mình phải nghĩ tới. Xong rồi: cổng hỏi mã hai lớp của mình, và tài khoản mới giờ đã hiện ở đó.
hiring-new-address-bank-forwarded = Bộ phận lương đổi tài khoản theo email bạn chuyển tiếp.
hiring-new-address-paid = Ngày lương: khoản thanh toán đầu tiên của { $contractor } về tới tài khoản mới của anh ấy.

hiring-new-address-safe = Contractor mới của bạn đã ổn định, và anh ấy đúng là người trong hợp đồng. Anh ấy thật sự chuyển nhà, và mọi bước đều qua quy trình thường lệ: tự đổi địa chỉ trong cổng HR, một cuộc gọi có camera, giấy tờ được kiểm tra ở cửa. Yêu cầu duy nhất cần từ chối là đổi ngân hàng qua email; anh ấy đã vui vẻ làm qua cổng trả lương.
hiring-new-address-safe-email = Contractor mới của bạn đã ổn định, và tiền lương đã đến tay anh ấy. Nhưng thông tin ngân hàng của anh ấy được đổi chỉ từ một email. Lần này đúng là anh ấy; dù vậy, chỉ một email thì không cho biết ai đã viết nó. Cổng trả lương, với tài khoản và mã hai lớp của chính anh ấy, là nơi duy nhất để thay đổi điều đó.
hiring-new-address-missed-end = Bạn đã chấm dứt hợp đồng với một contractor đàng hoàng. Laptop gửi tới địa chỉ mới là chuyện đáng kiểm tra, và anh ấy đã đề nghị mọi bước kiểm tra: đổi trong cổng HR, gọi video, giấy tờ ở cửa. Lần sau, hãy để quy trình kiểm tra trước khi quyết định.

hiring-new-address-fine-laptop-redirect = Laptop gửi tới một địa chỉ khác với địa chỉ trong hợp đồng là dấu hiệu đáng ngại. Ở đây địa chỉ mới đi qua quy trình thường lệ: chính anh ấy đổi trong cổng HR bằng tài khoản và mã hai lớp của mình, xác nhận trước camera, và máy chỉ được giao sau khi kiểm tra giấy tờ.
hiring-new-address-fine-unreachable = Anh ấy báo trước vài ngày, với lý do rõ ràng, và làm bù đủ giờ. Dấu hiệu đáng ngại là một người cứ khó liên lạc hết lần này đến lần khác mà không giải thích.
hiring-new-address-fine-login-anomalies = Các lần đăng nhập đến từ một thành phố mới, đúng nơi anh ấy chuyển đến, từ laptop công ty, lần nào cũng xác thực hai lớp. Đăng nhập từ nhiều quốc gia hoặc qua VPN sẽ là chuyện hoàn toàn khác.
